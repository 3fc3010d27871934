package org.zhulian.access;

import graphql.execution.ExecutionStepInfo;
import graphql.schema.GraphQLObjectType;

/** The names under which accesses are recorded: a root field by its name, any other field as {@code Type.field}. */
final class Actions {

    private Actions() {
    }

    static String of(ExecutionStepInfo step) {
        String field = step.getFieldDefinition().getName();
        return isRoot(step) ? field : ((GraphQLObjectType) step.getObjectType()).getName() + "." + field;
    }

    /** The root field a nested field was reached from. */
    static ExecutionStepInfo root(ExecutionStepInfo step) {
        ExecutionStepInfo at = step;
        while (!isRoot(at)) {
            at = at.getParent();
        }
        return at;
    }

    static boolean isRoot(ExecutionStepInfo step) {
        ExecutionStepInfo parent = step.getParent();
        return parent == null || parent.getParent() == null;
    }
}
