package nl.casusregie.brief;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Makes a letter: an XHTML template from {@code templates/brief/} filled by Thymeleaf (text is
 * escaped, so what people wrote stays text), laid out as an accessible, archivable PDF: tagged
 * PDF/UA and PDF/A-2a, with the document's title and language from the template and the font
 * embedded. The font (DejaVu Sans, see {@code fonts/DejaVu-LICENSE.txt}) comes with the
 * application, so a letter looks the same on every machine. Used by every letter: the clients' letter
 * and the ZSM decision's personal letter.
 */
@Component
public class BriefOpmaak {

    /** The family name the templates use in their CSS. */
    private static final String LETTERTYPE = "DejaVu Sans";
    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    /** Java's own sRGB profile: PDF/A needs the colour space of what it shows. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final TemplateEngine sjablonen;

    BriefOpmaak() {
        // The layout library logs through one JVM-wide logger: send it to SLF4J, where
        // logging.level.com.openhtmltopdf (application.yaml) keeps its progress notes out.
        XRLog.setLoggerImpl(new Slf4jLogger());
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/brief/");
        resolver.setSuffix(".html");
        // XML, not HTML: the PDF layout reads the result as well-formed XHTML.
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        sjablonen = new TemplateEngine();
        sjablonen.setTemplateResolver(resolver);
    }

    /** The template filled with these values, as XHTML. */
    private String xhtml(String sjabloon, Map<String, Object> waarden) {
        return sjablonen.process(sjabloon, new Context(NEDERLANDS, waarden));
    }

    /** The template filled with these values, as PDF. */
    public byte[] pdf(String sjabloon, Map<String, Object> waarden) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
        builder.useColorProfile(SRGB);
        builder.useFont(() -> lettertype("DejaVuSans.ttf"), LETTERTYPE, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> lettertype("DejaVuSans-Bold.ttf"), LETTERTYPE, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml(sjabloon, waarden), null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Brief " + sjabloon + " niet opgemaakt", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream lettertype(String bestand) {
        InputStream font = BriefOpmaak.class.getClassLoader().getResourceAsStream("fonts/" + bestand);
        if (font == null) {
            throw new IllegalStateException("Lettertype fonts/" + bestand + " ontbreekt in de applicatie");
        }
        return font;
    }
}
