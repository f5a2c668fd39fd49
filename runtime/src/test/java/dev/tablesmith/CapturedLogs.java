package dev.tablesmith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of the runtime's tests: it keeps what is logged, at levels a test sets per logger, so tests
 * can assert on the SQL log without a logging framework.
 */
public final class CapturedLogs implements SLF4JServiceProvider {
    /** One logged line. */
    record Line(String logger, Level level, String message) {
    }

    private static final List<Line> LINES = new CopyOnWriteArrayList<>();
    private static final Map<String, Level> LEVELS = new ConcurrentHashMap<>();
    private final ILoggerFactory factory = name -> new CapturingLogger(name);
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();

    /** Logs {@code logger} from {@code level} up (nothing by default); null switches it off again. */
    static void level(String logger, Level level) {
        if (level == null) {
            LEVELS.remove(logger);
        } else {
            LEVELS.put(logger, level);
        }
    }

    /** Takes the lines logged so far. */
    static List<Line> take() {
        List<Line> taken = new ArrayList<>(LINES);
        LINES.clear();
        return taken;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
    }

    private static final class CapturingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        CapturingLogger(String name) {
            this.name = name;
        }

        private boolean on(Level level) {
            Level threshold = LEVELS.get(name);
            return threshold != null && level.toInt() >= threshold.toInt();
        }

        @Override
        public boolean isTraceEnabled() {
            return on(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return on(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return on(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return on(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return on(Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                Throwable throwable) {
            LINES.add(new Line(name, level, MessageFormatter.basicArrayFormat(pattern, arguments)));
        }
    }
}
