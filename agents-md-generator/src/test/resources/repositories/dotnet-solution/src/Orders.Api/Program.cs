var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/orders", () => Results.Ok(Array.Empty<string>()));
app.Run();
