package dev.tablesmith.spring.boot;

import dev.tablesmith.NotFoundException;
import dev.tablesmith.servlet.Pagination;
import dev.tablesmith.servlet.internal.RequestWork;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tablesmith's part in Spring MVC: controller methods take a {@link Pagination} argument read from the request as
 * Flask-SQLAlchemy's {@code db.paginate()} reads it, and a {@link NotFoundException} that no
 * {@code @ExceptionHandler} handles is answered with 404 and rolls the request back — what {@code TablesmithFilter}
 * does for it in any servlet application, but which it cannot do behind Spring MVC, whose {@code DispatcherServlet}
 * hands the filter every exception wrapped in a {@code ServletException}.
 */
final class TablesmithWebMvcConfigurer implements WebMvcConfigurer {
    private final int maxPerPage;

    TablesmithWebMvcConfigurer(int maxPerPage) {
        if (maxPerPage < 1) {
            throw new IllegalArgumentException("tablesmith.pagination.max-per-page must be at least 1, was "
                    + maxPerPage);
        }
        this.maxPerPage = maxPerPage;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PaginationResolver(maxPerPage));
    }

    /**
     * A recorder before Spring's resolvers, so that the request's work knows the exception however the application
     * answers it (a {@code TablesmithException} rolls back even when answered with a 4xx), and the 404 for
     * {@code NotFoundException} after them, so that an application's {@code @ExceptionHandler} for it comes first.
     */
    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, new ExceptionRecorder());
        resolvers.add(new NotFoundResolver());
    }

    /** Tells the request's work which exception the request met, and resolves nothing itself. */
    static final class ExceptionRecorder implements HandlerExceptionResolver {
        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                Object handler, Exception exception) {
            if (request.getAttribute(RequestWork.ATTRIBUTE) instanceof RequestWork work) {
                work.saw(exception);
            }
            return null;
        }
    }

    /** Resolves {@link Pagination} parameters, capped by {@link MaxPerPage} or the configured maximum. */
    static final class PaginationResolver implements HandlerMethodArgumentResolver {
        private final int maxPerPage;

        PaginationResolver(int maxPerPage) {
            this.maxPerPage = maxPerPage;
        }

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Pagination.class;
        }

        @Override
        public Pagination resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
            MaxPerPage max = parameter.getParameterAnnotation(MaxPerPage.class);
            HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
            return Pagination.of(request == null ? null : request.getQueryString(),
                    max == null ? maxPerPage : max.value());
        }
    }

    /** Answers an unhandled {@link NotFoundException} with {@code sendError(404, message)}, and rolls back. */
    static final class NotFoundResolver implements HandlerExceptionResolver {
        private static final Logger LOG = LoggerFactory.getLogger(NotFoundResolver.class);

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                Object handler, Exception exception) {
            if (!(exception instanceof NotFoundException notFound) || response.isCommitted()) {
                return null;
            }
            if (request.getAttribute(RequestWork.ATTRIBUTE) instanceof RequestWork work) {
                work.unhandled(notFound); // as when the filter answers it: the work was aborted
            }
            LOG.debug("Answering 404 for {}", request.getRequestURI(), notFound);
            try {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, notFound.getMessage());
            } catch (IOException e) {
                return null;
            }
            return new ModelAndView();
        }
    }
}
