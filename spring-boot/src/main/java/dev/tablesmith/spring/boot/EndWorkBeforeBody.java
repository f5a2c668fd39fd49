package dev.tablesmith.spring.boot;

import dev.tablesmith.servlet.internal.RequestWork;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Ends the request's unit of work — commits, or rolls back on a 5xx — just before Spring MVC writes a response body,
 * whether a handler's or an {@code @ExceptionHandler}'s. Spring's message converters flush what they write, so a
 * unit of work ended by the filter afterwards would commit after the client had the whole response: a client could
 * read before the commit, and a commit that fails could no longer turn the response into a 500. Ended here, a
 * failed commit is an exception of the handler, which the application's exception handling sees.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
final class EndWorkBeforeBody implements ResponseBodyAdvice<Object> {
    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (request instanceof ServletServerHttpRequest servletRequest
                && response instanceof ServletServerHttpResponse servletResponse
                && servletRequest.getServletRequest().getAttribute(RequestWork.ATTRIBUTE) instanceof RequestWork work
                && !work.ended()) {
            work.end(servletResponse.getServletResponse().getStatus());
        }
        return body;
    }
}
