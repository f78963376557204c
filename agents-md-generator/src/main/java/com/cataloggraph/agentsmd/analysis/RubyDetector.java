package com.cataloggraph.agentsmd.analysis;

import static com.cataloggraph.agentsmd.analysis.Purpose.CHECK;
import static com.cataloggraph.agentsmd.analysis.Purpose.FORMAT;
import static com.cataloggraph.agentsmd.analysis.Purpose.LINT;
import static com.cataloggraph.agentsmd.analysis.Purpose.RUN;
import static com.cataloggraph.agentsmd.analysis.Purpose.SETUP;
import static com.cataloggraph.agentsmd.analysis.Purpose.TEST;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ruby with Bundler: {@code bundle install}, RSpec or Minitest through Rake, RuboCop, Rails' server; Ruby version
 * from {@code .ruby-version} or the Gemfile's {@code ruby} line.
 */
final class RubyDetector implements BuildSystemDetector {

    private static final Pattern RUBY = Pattern.compile("(?m)^\\s*ruby\\s+['\"]([^'\"]+)['\"]");

    @Override
    public List<String> markers() {
        return List.of("Gemfile");
    }

    @Override
    public Optional<BuildSystem> detect(RepositoryTree tree, String directory, List<AnalysisProblem> problems) {
        String file = RepositoryTree.join(directory, "Gemfile");
        String gemfile = tree.read(file).orElse("");
        String rakefile = RepositoryTree.join(directory, "Rakefile");
        boolean rake = tree.exists(rakefile);
        List<Command> commands = new ArrayList<>();
        commands.add(Command.of(SETUP, "bundle install", file));
        if (gems(gemfile, "rspec", "rspec-rails") || tree.exists(RepositoryTree.join(directory, ".rspec"))) {
            commands.add(Command.of(TEST, "bundle exec rspec", file));
            commands.add(Command.of(TEST, "bundle exec rspec spec/path/to/name_spec.rb", file).withNote("one file"));
        } else if (rake && !tree.filesUnder(RepositoryTree.join(directory, "test")).isEmpty()) {
            commands.add(Command.of(TEST, "bundle exec rake test", rakefile));
            commands.add(Command.of(TEST, "bundle exec ruby -Itest test/path/to/name_test.rb", rakefile)
                    .withNote("one file"));
        }
        if (gems(gemfile, "rubocop", "rubocop-rails", "standard")
                || tree.exists(RepositoryTree.join(directory, ".rubocop.yml"))) {
            boolean standard = gems(gemfile, "standard");
            commands.add(Command.of(LINT, standard ? "bundle exec standardrb" : "bundle exec rubocop", file));
            commands.add(Command.of(FORMAT, standard ? "bundle exec standardrb --fix" : "bundle exec rubocop -a", file));
        }
        if (rake) {
            commands.add(Command.of(CHECK, "bundle exec rake", rakefile).withNote("default task"));
        }
        String rails = RepositoryTree.join(directory, "bin/rails");
        if (tree.exists(rails)) {
            commands.add(Command.of(RUN, "bin/rails server", rails));
        }
        List<String> facts = new ArrayList<>();
        String versionFile = RepositoryTree.join(directory, ".ruby-version");
        Optional<String> version = tree.read(versionFile).map(String::strip).filter(v -> !v.isEmpty());
        if (version.isPresent()) {
            facts.add("Ruby " + version.get() + " (`" + versionFile + "`)");
        } else {
            Matcher matcher = RUBY.matcher(gemfile);
            if (matcher.find()) {
                facts.add("Ruby " + matcher.group(1));
            }
        }
        if (tree.exists(rails)) {
            facts.add("Rails");
        }
        String lock = RepositoryTree.join(directory, "Gemfile.lock");
        if (tree.exists(lock)) {
            facts.add("lock file `Gemfile.lock`");
        }
        return Optional.of(new BuildSystem("Bundler", directory, file,
                commands.stream().map(c -> c.inDirectory(directory)).toList(), facts));
    }

    /** Whether the Gemfile declares any of these gems ({@code gem "name"}). */
    private static boolean gems(String gemfile, String... names) {
        for (String name : names) {
            if (Pattern.compile("(?m)^\\s*gem\\s+['\"]" + Pattern.quote(name) + "['\"]").matcher(gemfile).find()) {
                return true;
            }
        }
        return false;
    }
}
