package io.github.learningcities.gnlc.examples;

import picocli.CommandLine.Option;

/** The {@code -h, --help} option every command has. */
public final class HelpOption {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;
}
