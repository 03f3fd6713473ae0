/**
 * One self-contained HTML page per policy register.
 */
module io.github.ivplib.report {
    requires transitive io.github.ivplib.validation;
    requires org.jsoup;
    requires static org.jspecify;

    exports io.github.ivplib.report;
}
