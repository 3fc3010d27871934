package org.zhulian.system.graphql;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests above {@link LargeRequests#USUAL_BYTES} with 413: no legitimate GraphQL document
 * with its variables comes near it (nor anything else this service takes), and parsing megabytes is
 * work an attacker gets for free. The exceptions are the callers {@link LargeRequests} names, such
 * as a department's feed; the filter runs after authentication for that, so an unauthenticated
 * request never gets a larger limit. It applies to
 * every path, so no spelling of {@code /graphql} that the router would still take ({@code /%67raphql})
 * goes around it. The limit is on the bytes actually read, not on what {@code Content-Length}
 * claims: a chunked body has no length, so the body is read here, at most one byte beyond the limit,
 * and handed on from memory.
 */
class RequestSizeLimit extends OncePerRequestFilter {

    private final LargeRequests large;

    RequestSizeLimit(LargeRequests large) {
        this.large = large;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int queryLength = request.getQueryString() == null ? 0 : request.getQueryString().length();
        int max = large.maxBytes(request);
        if (request.getContentLengthLong() > max || queryLength > LargeRequests.USUAL_BYTES) {
            refuse(response, max);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(max + 1);
        if (body.length > max) {
            refuse(response, max);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private static void refuse(HttpServletResponse response, int max) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setHeader("Connection", "close");
        response.setContentType(GraphQlGetHandler.GRAPHQL_RESPONSE.toString());
        response.getWriter().write("{\"errors\":[{\"message\":\"Request larger than " + max
                + " bytes\",\"extensions\":{\"code\":\"REQUEST_TOO_LARGE\"}}]}");
    }

    /** The request with the body already read. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return available() == 0;
                }

                @Override
                public int available() {
                    try {
                        return bytes.available();
                    } catch (IOException e) {
                        return 0;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
