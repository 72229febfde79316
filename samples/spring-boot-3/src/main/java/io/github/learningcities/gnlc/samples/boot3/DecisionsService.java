package io.github.learningcities.gnlc.samples.boot3;

import com.fasterxml.jackson.databind.Module;
import io.github.learningcities.gnlc.json.jackson2.GnlcJackson2Module;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot 3.5 service (Jackson 2) that decides posted applications: {@code POST /decisions}
 * ({@link DecisionsController}). Spring Boot registers every {@link Module} bean with its
 * {@code ObjectMapper}, so one bean is all the set-up gnlc needs.
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

  /**
   * The gnlc module, which Spring Boot adds to its {@code ObjectMapper}.
   *
   * @return the module, never null
   */
  @Bean
  public Module gnlcModule() {
    return new GnlcJackson2Module();
  }
}
