// Renders many XSL-FO files to PDF in one JVM with Apache FOP's Java API: starting a JVM and
// loading FOP's fonts costs more than rendering a short document, so teipress sends the whole
// batch here instead of running the `fop` command once per file.
//
//   java -cp <this>:<fop jars> BatchRender --config fop.xconf [--pdf-profile PDF/A-1b] [--threads N] < jobs
//
// Standard input: one job per line, "<fo file>\t<pdf file>". Standard output, per job:
//   event\t<job>\t<severity>\t<event id>\t<message>      an event FOP reported (0 or more)
//   done\t<job>\tok|failed\t<milliseconds>               the outcome
// <job> is the 0-based line number. Tabs and line breaks in messages become spaces, so every
// record is one line. With --threads N (default 1) N jobs render at once, each thread on a FopFactory
// of its own (see newFactory's caller; each job has its own user agent): a job's records come together, jobs
// in the order they finish. A PDF is written to a temporary file and renamed over <pdf file> only when
// the job succeeds; a failed job leaves any previous PDF untouched.
//
// A job fails on an exception (invalid FO under strict validation, unreadable file) and on a
// glyph that no configured font has: FOP would print "#" in its place, which a reader cannot tell
// from text.

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;

import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;

public final class BatchRender {
  private static final String GLYPH_NOT_AVAILABLE = "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable";

  private BatchRender() {}

  /** The teipress process that started this JVM (its parent when it started). */
  private static final long PARENT = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);

  private static boolean parentAlive() {
    return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == PARENT
        && ProcessHandle.of(PARENT).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Collects the events of one job; a missing glyph or an error marks the job failed. */
  private static final class JobEvents implements EventListener {
    final List<String> records = new ArrayList<>();
    boolean fatal;
    private final int job;

    JobEvents(int job) {
      this.job = job;
    }

    @Override
    public void processEvent(Event event) {
      final EventSeverity severity = event.getSeverity();
      final String id = event.getEventID();
      if (severity == EventSeverity.INFO) return;  // progress chatter, e.g. font cache notices
      final boolean missingGlyph = GLYPH_NOT_AVAILABLE.equals(id);
      if (missingGlyph || severity == EventSeverity.ERROR || severity == EventSeverity.FATAL) fatal = true;
      String message;
      try {
        message = EventFormatter.format(event);
      } catch (RuntimeException formatting) {
        message = id + " " + event.getParams();
      }
      if (missingGlyph) {
        final Object ch = event.getParam("ch");
        if (ch instanceof Character) message += String.format(" [U+%04X]", (int) (Character) ch);
      }
      records.add(record("event", job, (missingGlyph ? "ERROR" : severity.getName().toUpperCase()), id, message));
    }
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
  }

  private static String record(String kind, int job, String... fields) {
    final StringBuilder line = new StringBuilder(kind).append('\t').append(job);
    for (String field : fields) line.append('\t').append(oneLine(field));
    return line.toString();
  }

  private static String describe(Throwable error) {
    final StringBuilder text = new StringBuilder();
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (text.length() > 0) text.append(" / caused by: ");
      text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
      if (cause.getCause() == cause) break;
    }
    return text.toString();
  }

  // FOUserAgent.getRendererOptions() is a raw Map in FOP 2.8's API.
  @SuppressWarnings("unchecked")
  private static void setRendererOption(FOUserAgent agent, String name, String value) {
    agent.getRendererOptions().put(name, value);
  }

  private static FopFactory newFactory(String config) {
    try {
      final FopFactoryBuilder builder = config != null
          ? new FopConfParser(new File(config)).getFopFactoryBuilder()
          : new FopFactoryBuilder(new File(".").toURI());
      builder.setStrictFOValidation(true);
      return builder.build();
    } catch (Exception error) {
      throw new IllegalStateException("cannot read the FOP configuration " + config, error);
    }
  }

  // One transformer factory per thread: they are not thread-safe, and making one per job costs.
  private static final ThreadLocal<TransformerFactory> TRANSFORMERS = ThreadLocal.withInitial(TransformerFactory::newInstance);

  // Renders one job; its event records go to `events`.
  private static boolean render(FopFactory factory, String pdfProfile, JobEvents events, int job, Path fo, Path pdf) {
    final Path temporary =
        pdf.resolveSibling("." + pdf.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + job);
    boolean ok = false;
    try {
      final FOUserAgent agent = factory.newFOUserAgent();
      agent.getEventBroadcaster().addEventListener(events);
      if (pdfProfile != null) setRendererOption(agent, "pdf-a-mode", pdfProfile);
      if (pdf.getParent() != null) Files.createDirectories(pdf.getParent());
      try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        final Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, stream);
        final Transformer identity = TRANSFORMERS.get().newTransformer();
        final StreamSource source = new StreamSource(fo.toFile());
        identity.transform(source, new SAXResult(fop.getDefaultHandler()));
      }
      ok = !events.fatal;
      // teipress kills this JVM when it dies (PR_SET_PDEATHSIG); should the kill be late, a PDF
      // still never replaces the previous one once the build that asked for it is gone.
      if (ok && !parentAlive()) {
        ok = false;
        events.records.add(record("event", job, "ERROR", "orphaned", "teipress ended before the PDF was in place"));
      }
      if (ok) Files.move(temporary, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (Exception | LinkageError error) {
      events.records.add(record("event", job, "ERROR", "exception", describe(error)));
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (Exception ignored) {
        // the temporary file is hidden and named by our pid; nothing a reader would pick up
      }
    }
    return ok;
  }

  // A job's records are printed together, so that jobs rendering at once never interleave.
  private static void print(JobEvents events, PrintStream out) {
    synchronized (out) {
      for (String line : events.records) out.println(line);
    }
  }

  // When teipress is killed, its PDFs are not wanted any more: the driver stops instead of
  // writing into an output directory that the next build is already using. (A child whose parent
  // died gets another parent.)
  private static void exitWithParent() {
    final long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
    final Thread watchdog = new Thread(() -> {
      while (true) {
        try {
          Thread.sleep(500);
        } catch (InterruptedException stop) {
          return;
        }
        if (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) != parent) Runtime.getRuntime().halt(3);
      }
    });
    watchdog.setDaemon(true);
    watchdog.start();
  }

  public static void main(String[] args) throws Exception {
    String config = null;
    String pdfProfile = null;
    int threads = 1;
    for (int i = 0; i < args.length; ++i) {
      if (args[i].equals("--config") && i + 1 < args.length) config = args[++i];
      else if (args[i].equals("--pdf-profile") && i + 1 < args.length) pdfProfile = args[++i];
      else if (args[i].equals("--threads") && i + 1 < args.length) threads = Math.max(1, Integer.parseInt(args[++i]));
      else {
        System.err.println("BatchRender: unknown argument " + args[i]);
        System.exit(2);
      }
    }
    // A factory per thread: every rendering reads FOP's configuration, a Xerces DOM that two
    // threads cannot read at once (its node-list cache): jobs starting together on one factory
    // failed now and then with a NullPointerException inside Xerces. Fonts load once per thread.
    final String configuration = config;
    newFactory(configuration);  // a bad configuration is reported before any job
    final ThreadLocal<FopFactory> factories = ThreadLocal.withInitial(() -> newFactory(configuration));
    final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    final BufferedReader jobs = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    exitWithParent();
    final ExecutorService pool = Executors.newFixedThreadPool(threads);
    final String profile = pdfProfile;
    int job = 0;
    for (String line; (line = jobs.readLine()) != null; ++job) {
      final int tab = line.indexOf('\t');
      if (tab < 0) {
        final JobEvents events = new JobEvents(job);
        events.records.add(record("event", job, "ERROR", "job", "not a job line (\"<fo>\\t<pdf>\"): " + line));
        events.records.add(record("done", job, "failed", "0"));
        print(events, out);
        continue;
      }
      final int number = job;
      final Path fo = Paths.get(line.substring(0, tab));
      final Path pdf = Paths.get(line.substring(tab + 1));
      pool.execute(() -> {
        final long start = System.nanoTime();
        final JobEvents events = new JobEvents(number);
        boolean ok = false;
        try {
          ok = render(factories.get(), profile, events, number, fo, pdf);
        } catch (RuntimeException error) {
          events.records.add(record("event", number, "ERROR", "configuration", describe(error)));
        }
        events.records.add(record("done", number, ok ? "ok" : "failed", Long.toString((System.nanoTime() - start) / 1000000)));
        print(events, out);
      });
    }
    pool.shutdown();
    pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
  }
}
