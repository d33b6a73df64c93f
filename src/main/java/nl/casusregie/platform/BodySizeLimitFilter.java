package nl.casusregie.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds request bodies before anyone reads them: a declared length over the limit is answered
 * 413 at once; a body without a declared length (chunked) is cut off where it passes the limit
 * and answered 413 as well. The limit depends on the path ({@link BodySizeLimits}).
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    public static final String MELDING = "Het verzoek is te groot; er is niets opgeslagen.";

    private final BodySizeLimits limits;
    private final Refusals refusals;

    public BodySizeLimitFilter(BodySizeLimits limits, Refusals refusals) {
        this.limits = limits;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limits.limitFor(request.getRequestURI().substring(request.getContextPath().length()));
        if (request.getContentLengthLong() > limit) {
            refusals.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "body", MELDING);
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, limit);
        try {
            chain.doFilter(limited, response);
        } catch (ServletException | RuntimeException e) {
            if (!limited.exceeded) {
                throw e;
            }
        }
        if (limited.exceeded && !response.isCommitted()) {
            response.reset();
            refusals.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "body", MELDING);
        }
    }

    /** Thrown to whoever reads past the limit; the filter turns it into a 413. */
    public static class TooLargeException extends IOException {
        TooLargeException() {
            super(MELDING);
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private boolean exceeded;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8));
        }

        private final class LimitedStream extends ServletInputStream {

            private final ServletInputStream in;
            private long read;

            LimitedStream(ServletInputStream in) {
                this.in = in;
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > limit) {
                    exceeded = true;
                    throw new TooLargeException();
                }
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }
}
