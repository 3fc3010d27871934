package org.zhulian.household;

/**
 * A person now registered under this ID number (new, or their number corrected), announced inside
 * the change that registered them, so that what other features hold under the number (department
 * records that matched nobody) joins the person in the same transaction. Never logged: its
 * {@code toString} leaves the number out.
 */
public record PersonIdentified(String personId, String idNumber) {

    @Override
    public String toString() {
        return "PersonIdentified[" + personId + "]";
    }
}
