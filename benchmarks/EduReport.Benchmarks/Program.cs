using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(EduReport.Benchmarks.LoadBenchmarks).Assembly).Run(args);
