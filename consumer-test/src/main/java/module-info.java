/** A user's module that reads an application with gnlc-json and prints a decision. */
module org.example.consumer {
  requires io.github.learningcities.gnlc.json;
}
