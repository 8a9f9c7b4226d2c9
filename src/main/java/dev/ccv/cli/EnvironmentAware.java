package dev.ccv.cli;

/** A command that needs the run's {@link Environment}. */
interface EnvironmentAware {

    void environment(Environment environment);
}
