# Tests that run Python code through the slotpy executable.  Included by the
# root CMakeLists.txt after the `slotpy` target is defined (and enable_testing).
#
#   py/<path>             one test per tests/py/<path>.py snippet, checked by
#                         scripts/run-snippets against <path>.out / <path>.err
#   gc-stress/<name>      tests/py/gc/<name>.py with a collection every 97 allocations
#   cli/command-line      tests/cli/command-line: arguments, -c, -, stdin, exit statuses
#   repl/pty              tests/repl/pty_session.py: the interactive loop on a pseudo-terminal
#   corpus/stdlib-parse   slotpy --dump-ast over CPython's stdlib, compared
#                         with CPython's ast.dump (skipped without CPython 3.11)
#
# Select them with labels: ctest -L snippets, ctest -LE corpus, ...

set(SLOTPY_SNIPPET_DIR ${PROJECT_SOURCE_DIR}/tests/py)
file(GLOB_RECURSE SLOTPY_SNIPPETS CONFIGURE_DEPENDS ${SLOTPY_SNIPPET_DIR}/*.py)
list(SORT SLOTPY_SNIPPETS)

foreach(snippet IN LISTS SLOTPY_SNIPPETS)
  file(RELATIVE_PATH rel ${SLOTPY_SNIPPET_DIR} ${snippet})
  string(REGEX REPLACE "\\.py$" "" name "${rel}")
  add_test(NAME py/${name}
    COMMAND ${PROJECT_SOURCE_DIR}/scripts/run-snippets -q
            --slotpy $<TARGET_FILE:slotpy> ${snippet})
  # run-snippets itself stops a snippet after 60 s; this is a backstop.
  set_tests_properties(py/${name} PROPERTIES LABELS snippets TIMEOUT 120)
endforeach()

# The GC churn programs again with a collection forced every 97 allocations (gc-stress/<name>).
file(GLOB SLOTPY_GC_SNIPPETS CONFIGURE_DEPENDS ${SLOTPY_SNIPPET_DIR}/gc/*.py)
list(SORT SLOTPY_GC_SNIPPETS)
foreach(snippet IN LISTS SLOTPY_GC_SNIPPETS)
  get_filename_component(name ${snippet} NAME_WE)
  add_test(NAME gc-stress/${name}
    COMMAND ${PROJECT_SOURCE_DIR}/scripts/run-snippets -q
            --slotpy $<TARGET_FILE:slotpy> ${snippet})
  set_tests_properties(gc-stress/${name} PROPERTIES
    LABELS gc-stress ENVIRONMENT "SLOTPY_GC_STRESS=97;SNIPPET_TIMEOUT=240" TIMEOUT 300)
endforeach()

add_test(NAME cli/command-line
  COMMAND ${PROJECT_SOURCE_DIR}/tests/cli/command-line $<TARGET_FILE:slotpy>)
set_tests_properties(cli/command-line PROPERTIES LABELS cli TIMEOUT 120)

# The interactive loop, driven through a pseudo-terminal by a python3 script.
find_program(SLOTPY_PYTHON3 python3 REQUIRED)
add_test(NAME repl/pty
  COMMAND ${SLOTPY_PYTHON3} ${PROJECT_SOURCE_DIR}/tests/repl/pty_session.py $<TARGET_FILE:slotpy>)
set_tests_properties(repl/pty PROPERTIES LABELS repl TIMEOUT 180)

add_test(NAME corpus/stdlib-parse
  COMMAND ${PROJECT_SOURCE_DIR}/tests/corpus/parse-stdlib $<TARGET_FILE:slotpy>)
set_tests_properties(corpus/stdlib-parse PROPERTIES
  LABELS corpus
  SKIP_RETURN_CODE 77
  TIMEOUT 1200)
