package dev.tablesmith.spring.boot.app;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The application's own error handling, which the request filter sees only as the status it sets. */
@RestControllerAdvice
class NotesAdvice {
    @ExceptionHandler(NotesController.Unavailable.class)
    ResponseEntity<String> unavailable(NotesController.Unavailable e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(e.getMessage());
    }

    @ExceptionHandler(dev.tablesmith.ConstraintViolationException.class)
    ResponseEntity<String> taken(dev.tablesmith.ConstraintViolationException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body("taken");
    }

    @ExceptionHandler(NotesController.Invalid.class)
    ResponseEntity<String> invalid(NotesController.Invalid e) {
        return ResponseEntity.status(422).body(e.getMessage());
    }
}
