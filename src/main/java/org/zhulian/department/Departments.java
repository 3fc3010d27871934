package org.zhulian.department;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/** What other features ask of the departments: which codes name one. */
@Service
public class Departments {

    private final DepartmentRepository repository;

    Departments(DepartmentRepository repository) {
        this.repository = repository;
    }

    /** All departments by code; the dictionary is small and read whole. */
    public Map<String, Department> byCode() {
        return repository.find(null).stream().collect(Collectors.toUnmodifiableMap(Department::code, d -> d));
    }
}
