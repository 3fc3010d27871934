package org.zhulian.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    static final WorkingDays CALENDAR = WorkingDays.official();

    @Test
    void holidaysAreOffAndAdjustedWeekendDaysAreWorked() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 5))).as("国庆节, a Monday").isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 10))).as("调休: a Saturday worked").isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 9, 20))).as("调休: a Sunday worked").isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 2, 23))).as("春节 ends on a Monday").isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 4, 27))).as("2025's make-up day for 劳动节").isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 12, 5))).as("an ordinary Saturday").isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 12, 7))).as("an ordinary Monday").isTrue();
    }

    @Test
    void fiveWorkingDaysAfterDispatchSkipWeekendsAndHolidaysAndCountMakeUpDays() {
        assertThat(CALENDAR.after(LocalDate.of(2026, 12, 1), 5)).as("Tuesday → next Tuesday").isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(CALENDAR.after(LocalDate.of(2026, 9, 18), 5)).as("the Sunday worked before 国庆 counts").isEqualTo(LocalDate.of(2026, 9, 24));
        assertThat(CALENDAR.after(LocalDate.of(2026, 9, 30), 5)).as("over 国庆 and its Saturday worked").isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(CALENDAR.after(LocalDate.of(2026, 2, 13), 5)).as("over 春节").isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(CALENDAR.after(LocalDate.of(2025, 12, 31), 1)).as("over the new year").isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(CALENDAR.after(LocalDate.of(2026, 12, 1), 0)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aDeadlineIsAlwaysAWorkingDayNeverSoonerThanNDaysAndAtMostSixteen() {
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
            LocalDate due = CALENDAR.after(day, 5);
            assertThat(CALENDAR.isWorkingDay(due)).as(day.toString()).isTrue();
            assertThat(due).as(day.toString()).isAfterOrEqualTo(day.plusDays(5)).isBeforeOrEqualTo(day.plusDays(16));
        }
    }

    @Test
    void aYearNotYetAnnouncedCountsMondayToFriday() {
        assertThat(CALENDAR.knows(2026)).isTrue();
        assertThat(CALENDAR.knows(2031)).isFalse();
        LocalDate monday = LocalDate.of(2031, 3, 3);
        assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(CALENDAR.after(monday, 5)).isEqualTo(LocalDate.of(2031, 3, 10));
    }

    @Test
    void aCalendarThatCannotBeReadFailsNamingItsLine() {
        assertThatThrownBy(() -> WorkingDays.parse("date,kind,name\n2026-10-01,HOLIDAY,国庆节\n2026-10-02,OFF,国庆节"))
                .hasMessageContaining("line 3").hasMessageContaining("HOLIDAY or WORKDAY");
        assertThatThrownBy(() -> WorkingDays.parse("date,kind,name\n2026-10-01,HOLIDAY,国庆节\n2026-10-01,HOLIDAY,国庆节"))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> WorkingDays.parse("date,kind,name\n2026-13-01,HOLIDAY,x")).hasMessageContaining("line 2");
    }
}
