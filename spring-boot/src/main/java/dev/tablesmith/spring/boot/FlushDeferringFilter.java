package dev.tablesmith.spring.boot;

import dev.tablesmith.servlet.internal.RequestWork;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Keeps the response uncommitted while the request's unit of work is open, by deferring its flushes: Spring MVC
 * flushes every response it writes (one without a body as well), which would send the client the response before the
 * work commits. The container still sends what outgrows its response buffer; everything else leaves after the work
 * has ended. Registered just inside {@code TablesmithFilter}.
 */
final class FlushDeferringFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(RequestWork.ATTRIBUTE) instanceof RequestWork work
                && response instanceof HttpServletResponse http) {
            chain.doFilter(request, new DeferringResponse(http, work));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The response with {@code flush()} and {@code flushBuffer()} doing nothing until the work has ended. */
    private static final class DeferringResponse extends HttpServletResponseWrapper {
        private final RequestWork work;
        private ServletOutputStream stream;
        private PrintWriter writer;

        DeferringResponse(HttpServletResponse response, RequestWork work) {
            super(response);
            this.work = work;
        }

        private boolean deferring() {
            return !work.ended();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!deferring()) {
                super.flushBuffer();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                stream = new DeferringStream(super.getOutputStream());
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new FilterWriter(super.getWriter()) {
                    @Override
                    public void flush() throws IOException {
                        if (!deferring()) {
                            super.flush();
                        }
                    }
                });
            }
            return writer;
        }

        private final class DeferringStream extends ServletOutputStream {
            private final ServletOutputStream out;

            DeferringStream(ServletOutputStream out) {
                this.out = out;
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                if (!deferring()) {
                    out.flush();
                }
            }

            @Override
            public void close() throws IOException {
                out.close();
            }

            @Override
            public boolean isReady() {
                return out.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                out.setWriteListener(listener);
            }
        }
    }
}
