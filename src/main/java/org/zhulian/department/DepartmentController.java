package org.zhulian.department;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.label.LabelAssignment;
import org.zhulian.system.graphql.Batches;

/** The {@code departments} root field and the source department of label assignments. */
@Controller
class DepartmentController {

    private final DepartmentRepository departments;

    DepartmentController(DepartmentRepository departments) {
        this.departments = departments;
    }

    @QueryMapping
    List<Department> departments() {
        return departments.find(null);
    }

    @BatchMapping(typeName = "LabelAssignment", field = "source")
    Map<LabelAssignment, Department> source(List<LabelAssignment> assignments) {
        return Batches.match(assignments, LabelAssignment::sourceCode,
                Batches.index(departments.find(Batches.keys(assignments, LabelAssignment::sourceCode)), Department::code));
    }
}
