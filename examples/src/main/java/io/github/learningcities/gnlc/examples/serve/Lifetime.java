package io.github.learningcities.gnlc.examples.serve;

/**
 * What ends a running {@code serve}: the JVM's shutdown hooks (SIGTERM, Ctrl-C) and halting the
 * JVM once the service has stopped. {@link #RUNTIME} is the JVM's own; tests give
 * {@link ServeCommand} one that runs the hook themselves and records the halt.
 */
interface Lifetime {
  /** The JVM's {@link Runtime}: the hook runs when the JVM is asked to stop, halt ends it. */
  Lifetime RUNTIME = new Lifetime() {
    @Override
    public void onShutdown(Thread hook) {
      Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void halt(int status) {
      Runtime.getRuntime().halt(status);
    }
  };

  /**
   * Runs the hook when the JVM is asked to stop.
   *
   * @param hook  the thread to run, not started
   */
  void onShutdown(Thread hook);

  /**
   * Ends the JVM with the status, without running the shutdown hooks again.
   *
   * @param status  the exit status
   */
  void halt(int status);
}
