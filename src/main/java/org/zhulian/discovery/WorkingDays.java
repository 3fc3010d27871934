package org.zhulian.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * China's official working days: Monday to Friday, except the public holidays and days off the
 * State Council announces each November for the next year, plus the weekend days it makes working
 * days (调休). The announced days are data ({@code discovery/china-calendar.csv}, with its sources);
 * a year not yet announced counts Monday to Friday, and the log says so once.
 */
public final class WorkingDays {

    static final String LOCATION = "discovery/china-calendar.csv";
    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    /** Days that differ from an ordinary week: true for a working weekend day, false for a weekday off. */
    private final Map<LocalDate, Boolean> exceptions;
    private final Set<Integer> years;
    private final Set<Integer> warned = new HashSet<>();

    private WorkingDays(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
        this.years = exceptions.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
    }

    /** The calendar the service ships. */
    public static WorkingDays official() {
        try {
            return parse(new ClassPathResource(LOCATION).getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION, e);
        }
    }

    /**
     * Reads {@code date,kind,name} lines: {@code HOLIDAY} for a day off, {@code WORKDAY} for a
     * weekend day worked. A line that says nothing new (a holiday on a Sunday is off anyway) is
     * kept as it is; one that cannot be read fails naming its line.
     */
    static WorkingDays parse(String csv) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        var lines = csv.strip().lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", 3);
            try {
                LocalDate date = LocalDate.parse(fields[0].strip());
                boolean working = switch (fields[1].strip()) {
                    case "HOLIDAY" -> false;
                    case "WORKDAY" -> true;
                    default -> throw new IllegalArgumentException("kind must be HOLIDAY or WORKDAY");
                };
                if (exceptions.put(date, working) != null) {
                    throw new IllegalArgumentException(date + " is listed twice");
                }
            } catch (RuntimeException bad) {
                throw new IllegalStateException(LOCATION + " line " + (i + 1) + ": " + bad.getMessage(), bad);
            }
        }
        return new WorkingDays(exceptions);
    }

    /** Whether people work on this day. */
    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        if (!years.contains(day.getYear()) && warnOnce(day.getYear())) {
            log.warn("No official calendar for {}: counting Monday to Friday as working days; add the year to {}", day.getYear(), LOCATION);
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code n}-th working day after {@code day} (not counting {@code day} itself): a deadline of n working days. */
    public LocalDate after(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate at = day;
        for (int counted = 0; counted < n; ) {
            at = at.plusDays(1);
            if (isWorkingDay(at)) {
                counted++;
            }
        }
        return at;
    }

    /** Whether the calendar holds the State Council's arrangement for this year. */
    public boolean knows(int year) {
        return years.contains(year);
    }

    private synchronized boolean warnOnce(int year) {
        return warned.add(year);
    }
}
