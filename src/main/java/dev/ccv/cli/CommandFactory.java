package dev.ccv.cli;

import picocli.CommandLine;

/** Gives every command the run's {@link Environment}; picocli creates the rest as usual. */
final class CommandFactory implements CommandLine.IFactory {

    private final Environment environment;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Environment environment) {
        this.environment = environment;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (EnvironmentAware.class.isAssignableFrom(type)) {
            K command = fallback.create(type);
            ((EnvironmentAware) command).environment(environment);
            return command;
        }
        return fallback.create(type);
    }
}
