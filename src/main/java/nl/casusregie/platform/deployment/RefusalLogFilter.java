package nl.casusregie.platform.deployment;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Arrays;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * A refused deployment is a process owner's mistake, logged once by {@link ModelGuard} at WARN
 * in one line. The engine would log the same exception again at ERROR with its stack trace
 * (ENGINE-16004, as for any failed command); this drops exactly that line, for exactly this
 * exception, and nothing else.
 */
class RefusalLogFilter extends TurboFilter implements InitializingBean, DisposableBean {

    /** The engine's logger for failed commands. */
    static final String ENGINE_COMMAND_LOGGER = "org.camunda.bpm.engine.context";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == Level.ERROR && ENGINE_COMMAND_LOGGER.equals(logger.getName())
                && (t instanceof ModelRefusedException
                    || params != null && Arrays.stream(params).anyMatch(ModelRefusedException.class::isInstance))) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    @Override
    public void afterPropertiesSet() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            setName("casusregie-model-refusals");
            start();
            context.addTurboFilter(this);
        }
    }

    @Override
    public void destroy() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getTurboFilterList().remove(this);
        }
        stop();
    }
}
