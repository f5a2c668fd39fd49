package com.example.visitors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tablesmith.spring.boot.test.TablesmithRollback;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@TablesmithRollback
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VisitorsControllerTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    VisitorDao visitors;

    @Test
    @Order(1)
    void aRequestsVisitorIsSeenByTheTest() throws Exception {
        mvc.perform(post("/visitors").param("name", "ada")).andExpect(status().isOk());
        assertEquals(1, visitors.count());
    }

    @Test
    @Order(2)
    void andRolledBackAfterIt() {
        assertEquals(0, visitors.count());
    }
}
