namespace EduReport.Pipeline;

/// <summary>The stages of a report run, in order.</summary>
public enum PipelineStage
{
    Load,
    Check,
    Analyse,
    Render,
    Pdf,
    Deliver,
}
