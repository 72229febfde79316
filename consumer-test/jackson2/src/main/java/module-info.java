/** A Jackson 2 user's module that reads an application with gnlc-json-jackson2 and prints a decision. */
module org.example.consumer2 {
  requires io.github.learningcities.gnlc.json.jackson2;
}
