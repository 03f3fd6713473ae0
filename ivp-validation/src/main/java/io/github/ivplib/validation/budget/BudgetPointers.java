package io.github.ivplib.validation.budget;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import io.github.ivplib.model.YearRange;
import io.github.ivplib.validation.Pointer;

/**
 * Where the budget rules point: the JSON Pointers of amendments, lines, tables, rows and
 * their cells, and the years of an amendment or table.
 * <p>
 * This class is immutable and thread-safe.
 */
final class BudgetPointers {

    private static final Pointer BUDGET = Pointer.ROOT.field("budget");

    private BudgetPointers() {
    }

    /** @return {@code /budget/amendments/a} */
    static Pointer amendment(int a) {
        return BUDGET.field("amendments").index(a);
    }

    /** @return {@code /budget/amendments/a/lines/l} */
    static Pointer line(int a, int l) {
        return amendment(a).field("lines").index(l);
    }

    /** @return {@code /budget/balanceTables/t/rows/r} */
    static Pointer row(int t, int r) {
        return BUDGET.field("balanceTables").index(t).field("rows").index(r);
    }

    /** @return {@code <lineOrRow>/amounts} */
    static Pointer amounts(Pointer lineOrRow) {
        return lineOrRow.field("amounts");
    }

    /** @return {@code <lineOrRow>/amounts/<year>}, the cell of one year */
    static Pointer cell(Pointer lineOrRow, Year year) {
        return amounts(lineOrRow).field(year.toString());
    }

    /**
     * Returns the calendar years of a range, first to last.
     *
     * @param range the range, not null
     * @return the years, both ends included, not null
     */
    static List<Year> years(YearRange range) {
        List<Year> years = new ArrayList<>(range.lengthInYears());
        for (Year year = range.first(); !year.isAfter(range.last()); year = year.plusYears(1)) {
            years.add(year);
        }
        return years;
    }
}
