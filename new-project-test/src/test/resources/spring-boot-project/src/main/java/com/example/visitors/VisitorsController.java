package com.example.visitors;

import dev.tablesmith.servlet.Pagination;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class VisitorsController {
    private final VisitorDao visitors;

    VisitorsController(VisitorDao visitors) {
        this.visitors = visitors;
    }

    @PostMapping("/visitors")
    Visitor arrive(@RequestParam String name) {
        return visitors.insert(new Visitor(null, name));
    }

    @GetMapping("/visitors/{id}")
    Visitor visitor(@PathVariable long id) {
        return visitors.getById(id);
    }

    @GetMapping("/visitors")
    List<String> names(Pagination page) {
        return page.page(visitors.where().orderBy(VisitorTable.VISITOR.NAME)).items().stream()
                .map(Visitor::name).toList();
    }
}
