package com.cataloggraph.agentsmd.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** .NET, Ruby and PHP: the commands and facts an agent needs, from the fixture repositories. */
class MoreEcosystemsTest {

    private final RepositoryAnalyzer analyzer = new RepositoryAnalyzer("AGENTS.md");

    @Test
    void aDotnetSolutionIsBuiltTestedAndFormattedWithTheDotnetCli() {
        RepositoryAnalysis analysis = analyzer.analyze(Fixtures.repository("dotnet-solution"));

        assertThat(Fixtures.plan(analysis)).containsExactly("SETUP dotnet restore --locked-mode [CI] <- .github/workflows/ci.yml",
                "BUILD dotnet build --no-restore -c Release [CI] <- .github/workflows/ci.yml",
                "TEST dotnet test --no-build -c Release [CI] <- .github/workflows/ci.yml",
                "TEST dotnet test --filter \"FullyQualifiedName~NameTest\" [one test class] <- Orders.sln",
                "LINT dotnet format --verify-no-changes <- Orders.sln",
                "FORMAT dotnet format <- Orders.sln");
        assertThat(analysis.buildSystems()).singleElement().satisfies(system -> assertThat(system.facts())
                .containsExactly(".NET SDK 8.0.404 (`global.json`)", "target net8.0, net9.0", "2 projects"));
    }

    @Test
    void aRailsApplicationUsesBundlerRspecAndRubocop() {
        RepositoryAnalysis analysis = analyzer.analyze(Fixtures.repository("ruby-rails"));

        assertThat(Fixtures.plan(analysis)).containsExactly("SETUP bundle install <- Gemfile",
                "TEST bundle exec rspec <- Gemfile",
                "TEST bundle exec rspec spec/path/to/name_spec.rb [one file] <- Gemfile",
                "LINT bundle exec rubocop <- Gemfile",
                "FORMAT bundle exec rubocop -a <- Gemfile",
                "CHECK bundle exec rake [default task] <- Rakefile",
                "RUN bin/rails server <- bin/rails");
        assertThat(analysis.buildSystems()).singleElement().satisfies(system -> assertThat(system.facts())
                .containsExactly("Ruby 3.3.5 (`.ruby-version`)", "Rails", "lock file `Gemfile.lock`"));
    }

    @Test
    void aComposerProjectRunsItsOwnScriptsFirst() {
        RepositoryAnalysis analysis = analyzer.analyze(Fixtures.repository("php-composer"));

        assertThat(Fixtures.plan(analysis)).containsExactly("SETUP composer install <- composer.json",
                "TEST composer run-script test <- composer.json",
                "TEST vendor/bin/phpunit --filter NameTest [one test class] <- composer.json",
                "LINT vendor/bin/php-cs-fixer fix --dry-run --diff <- composer.json",
                "FORMAT vendor/bin/php-cs-fixer fix <- composer.json",
                "TYPECHECK composer run-script analyse <- composer.json");
        assertThat(analysis.buildSystems()).singleElement().satisfies(system -> assertThat(system.facts())
                .containsExactly("PHP ^8.2", "Symfony"));
        assertThat(analysis.boundaries()).extracting(Boundary::target).contains("`composer.lock`");
    }
}
