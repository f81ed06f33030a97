using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// BenchmarkDotNet builds a project of its own before it runs, and stops after two minutes by
// default. On a shared two-core machine that build took longer, so the limit is ten minutes.
// The --buildTimeout SECONDS option still overrides it.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(EduReport.Benchmarks.LoadBenchmarks).Assembly).Run(args, config);
