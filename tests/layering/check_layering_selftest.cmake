# Proves that check_layering.cmake can fail: it must reject the fixture tree fixtures/bad (with
# every kind of violation it knows, each named) and accept fixtures/good. Run by CTest:
# cmake [-DQT_CORE_INCLUDE_DIR=<.../qt6/QtCore>] -P check_layering_selftest.cmake
cmake_minimum_required(VERSION 3.20)

set(here "${CMAKE_CURRENT_LIST_DIR}")
set(qt_arg "")
if(QT_CORE_INCLUDE_DIR)
    set(qt_arg "-DQT_CORE_INCLUDE_DIR=${QT_CORE_INCLUDE_DIR}")
endif()

function(run_check tree)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" "-DCORE_DIR=${here}/fixtures/${tree}/core" ${qt_arg}
                -P "${here}/check_layering.cmake"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(rc "${rc}" PARENT_SCOPE)
    set(output "${out}${err}" PARENT_SCOPE)
endfunction()

run_check(bad)
if(rc EQUAL 0)
    message(FATAL_ERROR "check_layering passed the bad fixture tree:\n${output}")
endif()
set(expected
    "folder cycle alpha -> beta (and beta reaches alpha): core/alpha/a.h -> beta/b.h"
    "folder cycle beta -> alpha (and alpha reaches beta): core/beta/b.h -> alpha/a.h"
    "folder cycle pcycle -> qcycle (and qcycle reaches pcycle): core/pcycle/p.h -> qcycle/q.h"
    "folder cycle rcycle -> pcycle (and pcycle reaches rcycle): core/rcycle/r.h -> pcycle/p.h"
    "GUI header in core: core/alpha/view.cpp -> QWidget"
    "storage/ may include only domain/ and storage/: core/storage/repository.h -> alpha/a.h"
    "domain/ may include only domain/: core/domain/value.h -> storage/repository.h"
    "domain/ may include only Qt Core and std: core/domain/value.h -> QSqlQuery")
foreach(line IN LISTS expected)
    string(FIND "${output}" "${line}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "check_layering did not report '${line}' on the bad tree:\n${output}")
    endif()
endforeach()
foreach(allowed "QString" "vector")
    if(output MATCHES "-> ${allowed}\n")
        message(FATAL_ERROR "check_layering reported the allowed <${allowed}>:\n${output}")
    endif()
endforeach()

run_check(good)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "check_layering rejected the good fixture tree:\n${output}")
endif()
message(STATUS "check_layering rejects the bad fixture tree and accepts the good one")
