/**
 * A consumer of ivp on the module path. The package of its local rule is opened to the
 * validator, which reads the rule's messages from it, as every module with a local rule must.
 */
module io.github.ivplib.fixture {
    requires io.github.ivplib.report;
    requires org.assertj.core;
    requires com.fasterxml.jackson.databind;

    opens io.github.ivplib.fixture to io.github.ivplib.validation;
}
