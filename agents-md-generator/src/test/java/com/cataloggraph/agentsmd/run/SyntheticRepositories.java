package com.cataloggraph.agentsmd.run;

import static com.cataloggraph.model.vocabulary.RelationType.CONSUMES_API;
import static com.cataloggraph.model.vocabulary.RelationType.DEPENDS_ON;
import static com.cataloggraph.model.vocabulary.RelationType.MEMBER_OF;
import static com.cataloggraph.model.vocabulary.RelationType.OWNED_BY;
import static com.cataloggraph.model.vocabulary.RelationType.PART_OF;
import static com.cataloggraph.model.vocabulary.RelationType.PROVIDES_API;

import com.cataloggraph.agentsmd.analysis.TempRepository;
import com.cataloggraph.model.testing.TestCatalog;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Many repositories for benchmarks, deterministic for a seed: each is one of ten build-system
 * templates with a CI file, sources of varied size, sometimes generated or vendored folders, and
 * a catalog entry (owner team with members, system, database, APIs provided and consumed).
 */
final class SyntheticRepositories {

    static final int TEAMS = 40;
    static final int SYSTEMS = 100;

    private SyntheticRepositories() {
    }

    static String name(int i) {
        return String.format("service-%05d", i);
    }

    /** Writes {@code count} checkouts under {@code root}. */
    static void write(Path root, int count, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            TempRepository repo = new TempRepository(root.resolve(name(i)));
            files(i, 5 + random.nextInt(25), random).forEach(repo::file);
        }
    }

    /** Repository {@code i}'s files with {@code sources} source files, deterministic. */
    static Map<String, String> files(int i, int sources) {
        return files(i, sources, new Random(i));
    }

    private static Map<String, String> files(int i, int sources, Random random) {
        Map<String, String> files = new LinkedHashMap<>();
        switch (i % 10) {
            case 0 -> {
                files.put("pom.xml", "<project><properties><maven.compiler.release>21</maven.compiler.release>"
                        + "</properties><build><plugins><plugin><artifactId>spotless-maven-plugin</artifactId></plugin>"
                        + "</plugins></build></project>");
                files.put("mvnw", "#!/bin/sh\n");
            }
            case 1 -> {
                files.put("build.gradle.kts", "plugins { id(\"com.diffplug.spotless\") }\nkotlin { jvmToolchain(17) }\n");
                files.put("settings.gradle.kts", "include(\":app\")\n");
                files.put("gradlew", "#!/bin/sh\n");
            }
            case 2 -> {
                files.put("package.json", "{\"scripts\":{\"build\":\"vite build\",\"test\":\"vitest\",\"lint\":\"eslint .\"}}");
                files.put("pnpm-lock.yaml", "lockfileVersion: '9.0'\n");
                files.put(".nvmrc", "20\n");
            }
            case 3 -> {
                files.put("package.json", "{\"scripts\":{\"test\":\"jest\",\"start\":\"node .\"}}");
                files.put("package-lock.json", "{}");
            }
            case 4 -> {
                files.put("go.mod", "module example.com/" + name(i) + "\n\ngo 1.22\n");
                files.put("Makefile", "build:\n\tgo build ./...\ntest:\n\tgo test ./...\n");
                files.put("gen/api.pb.go", "// Code generated. DO NOT EDIT.\npackage gen\n");
            }
            case 5 -> files.put("Cargo.toml", "[package]\nname = \"x\"\nedition = \"2021\"\n");
            case 6 -> {
                files.put("pyproject.toml", "[project]\nrequires-python = \">=3.11\"\n[tool.ruff]\n[tool.pytest.ini_options]\n");
                files.put("uv.lock", "version = 1\n");
            }
            case 7 -> {
                files.put("pyproject.toml", "[tool.poetry]\nname = \"x\"\n[tool.poetry.dependencies]\npython = \"^3.10\"\n");
                files.put("poetry.lock", "\n");
                files.put("tests/conftest.py", "\n");
            }
            case 8 -> {
                files.put("Makefile", "all:\n\tcc main.c\ncheck:\n\t./run-tests\n");
                files.put("vendor/lib/lib.c", "int lib(void) { return 0; }\n");
            }
            default -> {
                files.put("MODULE.bazel", "module(name = \"x\")\n");
                files.put(".bazelversion", "7.3.1\n");
            }
        }
        if (i % 2 == 0) {
            files.put(".github/workflows/ci.yml", "jobs:\n  build:\n    steps:\n      - run: make test\n");
        } else {
            files.put(".gitlab-ci.yml", "test:\n  script:\n    - make test\n");
        }
        if (i % 3 == 0) {
            files.put("CODEOWNERS", "* @team-" + i % TEAMS + "\n");
            files.put(".editorconfig", "[*]\nindent_size = 4\n");
        }
        for (int f = 0; f < sources; f++) {
            files.put("src/file" + f + extension(i), "x".repeat(200 + random.nextInt(4000)) + "\n");
        }
        files.put("catalog-info.yaml", "kind: Component\nmetadata:\n  name: " + name(i) + "\n");
        return files;
    }

    /** The catalog for {@code count} repositories: teams, members, systems, databases and APIs. */
    static TestCatalog catalog(int count) {
        TestCatalog catalog = new TestCatalog();
        for (int t = 0; t < TEAMS; t++) {
            catalog.add("group:default/team-" + t).type("team").title("Team " + t).email("team-" + t + "@example.com");
            for (int u = 0; u < 5; u++) {
                catalog.add("user:default/user-" + t + "-" + u).email("user-" + t + "-" + u + "@example.com")
                        .relate(MEMBER_OF, "group:default/team-" + t);
            }
        }
        for (int s = 0; s < SYSTEMS; s++) {
            catalog.add("system:default/system-" + s).relate(OWNED_BY, "group:default/team-" + s % TEAMS);
        }
        for (int i = 0; i < count; i++) {
            String url = "https://git.example.com/acme/" + name(i) + ".git";
            var component = catalog.add("component:default/" + name(i)).type("service").lifecycle("production")
                    .source(name(i), url, name(i) + "/catalog-info.yaml")
                    .relate(OWNED_BY, "group:default/team-" + i % TEAMS)
                    .relate(PART_OF, "system:default/system-" + i % SYSTEMS)
                    .relate(DEPENDS_ON, "resource:default/db-" + i);
            if (i % 3 == 0) {
                component.relate(PROVIDES_API, "api:default/api-" + i);
                catalog.add("api:default/api-" + i).type("openapi").lifecycle("production")
                        .definition("openapi: 3.0.0", name(i) + "/openapi.yaml").source(name(i), url,
                                name(i) + "/catalog-info.yaml")
                        .relate(OWNED_BY, "group:default/team-" + i % TEAMS);
            }
            if (i > 3 && i % 3 == 1) {
                component.relate(CONSUMES_API, "api:default/api-" + (i - 1 - (i - 1) % 3));
            }
            catalog.add("resource:default/db-" + i).type("database").relate(OWNED_BY, "group:default/team-" + i % TEAMS);
        }
        return catalog;
    }

    private static String extension(int i) {
        return List.of(".java", ".kt", ".ts", ".js", ".go", ".rs", ".py", ".py", ".c", ".cc").get(i % 10);
    }
}
