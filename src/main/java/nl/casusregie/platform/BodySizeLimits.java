package nl.casusregie.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be (casusregie.http.* in application.yaml). A referral or a
 * completed form is a few kilobytes; a deployment from Modeler carries models and forms.
 */
@ConfigurationProperties("casusregie.http")
public record BodySizeLimits(DataSize maxBody, DataSize maxDeployment) {

    public BodySizeLimits {
        maxBody = maxBody != null ? maxBody : DataSize.ofMegabytes(1);
        maxDeployment = maxDeployment != null ? maxDeployment : DataSize.ofMegabytes(10);
    }

    /** The limit for a request path (without the context path). */
    public long limitFor(String path) {
        return path.endsWith("/deployment/create") ? maxDeployment.toBytes() : maxBody.toBytes();
    }
}
