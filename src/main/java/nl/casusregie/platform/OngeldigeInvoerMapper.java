package nl.casusregie.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Exception mappers for the engine's REST API (at /engine-rest and in the web apps) that take
 * over from the engine's own ones where {@link EngineRestFouten} has a better answer; one per
 * exception type the engine maps, since Jersey picks the mapper nearest to the exception's
 * type and, among those, the one of highest priority (lowest number).
 */
public final class OngeldigeInvoerMapper {

    /** Above the engine's mappers, which have Jersey's default priority (USER, 5000). */
    static final int PRIORITY = 1000;

    private OngeldigeInvoerMapper() {
    }

    @Priority(PRIORITY)
    public static class ForRestException implements ExtendedExceptionMapper<RestException> {
        @Override
        public boolean isMappable(RestException e) {
            return EngineRestFouten.handles(e);
        }

        @Override
        public Response toResponse(RestException e) {
            return EngineRestFouten.answer(e);
        }
    }

    @Priority(PRIORITY)
    public static class ForProcessEngineException implements ExtendedExceptionMapper<ProcessEngineException> {
        @Override
        public boolean isMappable(ProcessEngineException e) {
            return EngineRestFouten.handles(e);
        }

        @Override
        public Response toResponse(ProcessEngineException e) {
            return EngineRestFouten.answer(e);
        }
    }

    @Priority(PRIORITY)
    public static class ForThrowable implements ExtendedExceptionMapper<Throwable> {
        @Override
        public boolean isMappable(Throwable e) {
            return EngineRestFouten.handles(e);
        }

        @Override
        public Response toResponse(Throwable e) {
            return EngineRestFouten.answer(e);
        }
    }
}
