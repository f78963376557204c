package com.cataloggraph.mcp.prompt;

import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.ToolContext;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.Prompt;
import io.modelcontextprotocol.spec.McpSchema.PromptArgument;
import io.modelcontextprotocol.spec.McpSchema.PromptMessage;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The server's prompts, each a user message that states the task and carries the catalog's
 * answers to it, read through the same tools an agent would call (so a prompt never says
 * something a tool would not).
 */
public final class CatalogPrompts {

    private final ToolContext context;
    private final Map<String, CatalogTool<?>> tools;

    private CatalogPrompts(ToolContext context, List<CatalogTool<?>> tools) {
        this.context = context;
        this.tools = tools.stream().collect(Collectors.toMap(CatalogTool::name, Function.identity()));
    }

    public static List<CatalogPrompt> all(ToolContext context, List<CatalogTool<?>> tools) {
        CatalogPrompts prompts = new CatalogPrompts(context, tools);
        return List.of(prompts.whoToAsk(), prompts.blastRadius(), prompts.onboarding());
    }

    private CatalogPrompt whoToAsk() {
        Prompt prompt = new Prompt("who_to_ask", "Who to ask about a repository",
                "The people and teams to contact about a repository, with emails, from the catalog's owners.",
                List.of(repository()));
        return new CatalogPrompt(prompt, arguments -> {
            String repository = argument(arguments, "repository");
            return message("Who to ask about " + repository, "Who should I ask about the repository " + repository
                    + "? Name the teams and people to contact, with their emails and what each owns there; say so "
                    + "when the catalog names no owner (get_owner and get_team give members).\n\n"
                    + answer("get_repository_context", Map.of("repository", repository)));
        });
    }

    private CatalogPrompt blastRadius() {
        Prompt prompt = new Prompt("blast_radius", "Blast radius of a change",
                "Review what a change to an entity would affect: its dependents to depth 3 and who owns them.",
                List.of(new PromptArgument("entity", "The entity to change: a ref or a name", true),
                        new PromptArgument("change", "What will change, e.g. \"drop the v1 endpoints\"", false)));
        return new CatalogPrompt(prompt, arguments -> {
            String entity = argument(arguments, "entity");
            Object change = arguments == null ? null : arguments.get("change");
            return message("Blast radius of changing " + entity, "Review the blast radius of changing " + entity
                    + (change == null || change.toString().isBlank() ? "" : " (" + change + ")") + ". List what "
                    + "would be affected, nearest first and through what; who owns each (get_owner); and what to "
                    + "check or tell them before the change.\n\n"
                    + answer("get_entity", Map.of("entity", entity)) + "\n\n"
                    + answer("get_dependents", Map.of("entity", entity, "depth", 3)));
        });
    }

    private CatalogPrompt onboarding() {
        Prompt prompt = new Prompt("onboarding", "Onboarding to a repository",
                "A brief for a developer new to a repository: what it is, its system, owners, APIs, dependencies.",
                List.of(repository()));
        return new CatalogPrompt(prompt, arguments -> {
            String repository = argument(arguments, "repository");
            return message("Onboarding to " + repository, "Write an onboarding brief for a developer new to the "
                    + "repository " + repository + ": what it is, the system and domain it belongs to, who owns it "
                    + "and whom to ask, the APIs it provides and consumes, what it depends on and what depends on "
                    + "it, and descriptor problems the catalog reports. Use the catalog's answer below; get_entity, "
                    + "get_api and get_system give more.\n\n"
                    + answer("get_repository_context", Map.of("repository", repository)));
        });
    }

    private static PromptArgument repository() {
        return new PromptArgument("repository", "The repository: URL, group/repo slug or folder name", true);
    }

    /** A tool's text answer, headed by the call; a mistake (unknown name) is the prompt's error. */
    private String answer(String tool, Map<String, Object> arguments) {
        CallToolResult result = tools.get(tool).call(arguments, context.freshness());
        String text = result.content().stream().filter(TextContent.class::isInstance)
                .map(content -> ((TextContent) content).text()).collect(Collectors.joining("\n"));
        if (Boolean.TRUE.equals(result.isError())) {
            throw McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS).message(text).build();
        }
        return "Catalog (" + tool + " " + arguments.values().stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + "):\n" + text;
    }

    private static String argument(Map<String, Object> arguments, String name) {
        Object value = arguments == null ? null : arguments.get(name);
        if (value == null || value.toString().isBlank()) {
            throw McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS).message("Pass the argument " + name).build();
        }
        return value.toString().trim();
    }

    private static GetPromptResult message(String description, String text) {
        return new GetPromptResult(description, List.of(new PromptMessage(Role.USER, new TextContent(text))));
    }
}
