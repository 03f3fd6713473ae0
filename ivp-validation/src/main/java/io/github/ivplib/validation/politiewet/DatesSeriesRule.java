package io.github.ivplib.validation.politiewet;

import java.util.EnumSet;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.validation.SeriesRule;

/** A series rule of this package: it judges the dates of a municipality's adoptions, and reads nothing else. */
interface DatesSeriesRule extends SeriesRule {

    @Override
    default Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.IDENTITY, PolicyPart.MUNICIPALITY, PolicyPart.ADOPTION);
    }
}
