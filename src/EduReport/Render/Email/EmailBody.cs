namespace EduReport.Render.Email;

/// <summary>The body of the report e-mail: HTML with inline styles, its plain-text alternative, and the images the HTML shows.</summary>
public sealed record EmailBody(string Html, string Text, IReadOnlyList<InlineImage> Images);

/// <summary>An image that the HTML body shows as <c>cid:ContentId</c> and that travels in the message as a related part.</summary>
public sealed record InlineImage(string ContentId, string FileName, byte[] Png);
