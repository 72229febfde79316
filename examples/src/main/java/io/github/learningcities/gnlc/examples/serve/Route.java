package io.github.learningcities.gnlc.examples.serve;

/** One endpoint: a method, an exact path and its handler. */
record Route(String method, String path, boolean hasBody, Handler handler) {

  /** Answers one request. */
  @FunctionalInterface
  interface Handler {
    HttpResponse handle(Request request) throws Exception;
  }

  /** What a handler sees of a request: path, query, headers it needs, and the body. */
  record Request(String path, String query, String acceptLanguage, byte[] body) {}
}
