package dev.tablesmith.spring.boot.app;

import dev.tablesmith.Database;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application as a user writes one: Tablesmith comes in through auto-configuration alone. */
@SpringBootApplication
public class NotesApp {
    @Bean
    NoteDao noteDao(Database db) {
        return new NoteDao(db);
    }
}
