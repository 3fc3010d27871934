package org.zhulian.discovery;

import java.io.Console;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import-events <extract.csv> [--department=CODE] [--charset=GBK] [--batch=N] [--writers=N]}: imports a
 * department extract into the database the service is configured with ({@link EventImport}), with
 * the service's own settings ({@code NEO4J_URI}, or the embedded database in {@code ZHULIAN_DATA_DIR},
 * which only one process can open at a time: stop the service first), then exits: 0 when the whole
 * extract is in (rows refused are listed beside it), 1 when it stopped (run it again to go on), 2
 * for a wrong command line. Progress goes to standard error, the summary to standard output.
 */
public final class EventImportCommand {

    public static final String NAME = "import-events";
    private static final String USAGE = "usage: " + NAME + " <extract.csv> [--department=CODE] [--charset=UTF-8|GBK] [--batch=1..10000] [--writers=1..16]";

    private EventImportCommand() {
    }

    /** Runs the command with the arguments after its name; returns the exit code. */
    public static int run(Class<?> application, String[] args) {
        Path extract = null;
        EventImport.Options options;
        List<String> settings = new ArrayList<>();
        try {
            Charset charset = EventImport.Options.DEFAULT.charset();
            String department = EventImport.Options.DEFAULT.department();
            int batch = EventImport.Options.DEFAULT.batchSize();
            int writers = EventImport.Options.DEFAULT.writers();
            for (String arg : args) {
                if (arg.startsWith("--department=")) {
                    department = arg.substring("--department=".length());
                } else if (arg.startsWith("--charset=")) {
                    charset = Charset.forName(arg.substring("--charset=".length()));
                } else if (arg.startsWith("--batch=")) {
                    batch = Integer.parseInt(arg.substring("--batch=".length()));
                } else if (arg.startsWith("--writers=")) {
                    writers = Integer.parseInt(arg.substring("--writers=".length()));
                } else if (arg.startsWith("--")) {
                    settings.add(arg);
                } else if (extract == null) {
                    extract = Path.of(arg).toAbsolutePath();
                } else {
                    throw new IllegalArgumentException("one extract at a time");
                }
            }
            if (extract == null) {
                throw new IllegalArgumentException("which extract?");
            }
            options = new EventImport.Options(charset, department, batch, writers);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage() + "\n" + USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN", "logging.level.org.zhulian=INFO")
                .run(settings.toArray(String[]::new))) {
            EventImport.Summary summary = context.getBean(EventImport.class).run(extract, options, System.err, onTerminal());
            System.out.printf("%s %s: %,d records, %,d new, %,d stored before, %,d rejected%s; %,d warnings raised. "
                            + "This run: %,d records in %s, %,.0f a second%n",
                    summary.resumed() ? "Finished importing" : "Imported", extract.getFileName(), summary.records(),
                    summary.created(), summary.unchanged(), summary.rejected(),
                    summary.rejectedRows() == null ? "" : " (listed in " + summary.rejectedRows() + ")", summary.warnings(),
                    summary.thisRun(), ProgressBar.duration(summary.took()), summary.thisRun() / Math.max(1e-3, summary.took().toMillis() / 1000.0));
            return 0;
        } catch (IllegalArgumentException | IllegalStateException cannotStart) {
            System.err.println("\nThe import cannot go on: " + cannotStart.getMessage());
            return 1;
        } catch (Exception stopped) {
            System.err.println("\nThe import stopped: " + rootCause(stopped).getMessage() + "\nWhat was stored is kept; run the same command again to go on.");
            return 1;
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Whether standard error is a terminal a progress bar may redraw (Java 22 and later give a console even when redirected). */
    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException beforeJava22) {
            return true;
        }
    }
}
