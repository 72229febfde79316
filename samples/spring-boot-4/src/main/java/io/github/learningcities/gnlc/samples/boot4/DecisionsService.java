package io.github.learningcities.gnlc.samples.boot4;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot 4 service (Jackson 3) that decides posted applications: {@code POST /decisions}
 * ({@link DecisionsController}). No set-up: Spring Boot's {@code JsonMapper} finds gnlc-json's
 * {@code GnlcModule} through the ServiceLoader, as it finds every Jackson module on the class path.
 */
@SpringBootApplication
public class DecisionsService {
  /**
   * Runs the service.
   *
   * @param args  Spring Boot's arguments, such as {@code --server.port=8080}
   */
  public static void main(String[] args) {
    SpringApplication.run(DecisionsService.class, args);
  }
}
