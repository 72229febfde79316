package io.github.learningcities.gnlc.examples.serve;

/**
 * One endpoint: a method, an exact path and its handler. A GET route also answers HEAD.
 *
 * @param method  the HTTP method, upper case
 * @param path  the exact path, such as {@code /v1/network}
 * @param hasBody  whether the request carries a JSON body (read before the handler runs)
 * @param handler  what answers
 */
record Route(String method, String path, boolean hasBody, Handler handler) {

  /** Answers one request. */
  @FunctionalInterface
  interface Handler {
    /**
     * Answers a request.
     *
     * @param request  the request
     * @return the response
     * @throws Exception anything; the service turns known failures into problems and logs the rest
     */
    HttpResponse handle(Request request) throws Exception;
  }

  /**
   * What a handler sees of a request.
   *
   * @param path  the path
   * @param query  the raw query string, empty when there is none
   * @param acceptLanguage  the {@code Accept-Language} header, empty when there is none
   * @param body  the body, empty when there is none
   */
  record Request(String path, String query, String acceptLanguage, byte[] body) {}
}
