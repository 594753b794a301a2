# SPDX-License-Identifier: MIT
# Fails when the client's code uses a POSIX-only header or call, or a hard-coded Unix path, since the client
# must also build for Windows (packaging/windows/README.md). server/ and tests/ may stay POSIX (the
# server runs on Debian); bench/ is checked because its programs measure the client and should run
# where the client runs. Called by CTest with -DSOURCE_DIR=... [-DCHECKED_DIRS=...].
#
# A line that must stay as it is (inside #ifdef Q_OS_UNIX, say) carries a comment
# "portability-exempt: <why>" and is skipped.
if(NOT DEFINED CHECKED_DIRS)
    set(CHECKED_DIRS core db sync print app cli bench)
endif()

# Headers that Windows' C library does not have (or that mean POSIX there, as sys/stat.h does).
set(posix_headers
    "unistd\\.h|fcntl\\.h|pwd\\.h|grp\\.h|dlfcn\\.h|pthread\\.h|termios\\.h|poll\\.h|netdb\\.h|dirent\\.h|syslog\\.h"
    "|spawn\\.h|sched\\.h|semaphore\\.h|strings\\.h|libgen\\.h|glob\\.h|fnmatch\\.h|wordexp\\.h|utime\\.h"
    "|mntent\\.h|execinfo\\.h|err\\.h|getopt\\.h|ucontext\\.h|sys/[a-z_/]+\\.h|netinet/[a-z_]+\\.h"
    "|arpa/[a-z_]+\\.h|linux/[a-z_/]+\\.h")
string(JOIN "" posix_headers ${posix_headers})
set(include_regex "#[ \t]*include[ \t]*[<\"](${posix_headers})[>\"]")

# POSIX functions without a Windows counterpart of that name, and the Qt way to do the same.
set(replacements
    "getuid|geteuid|getgid|getegid|getpwuid|getpwnam|getgrnam=QStandardPaths for the user's folders"
    "getpid|getppid=QCoreApplication::applicationPid"
    "fork|vfork|execl|execlp|execle|execv|execvp|execve|waitpid|setsid|posix_spawn|posix_spawnp=QProcess"
    "chmod|fchmod|chown|fchown|lchown|umask=permissions given to QFile::open/QDir::mkdir, or QFile::setPermissions"
    "fsync|fdatasync|mkstemp|mkdtemp=QSaveFile or QTemporaryFile"
    "realpath|readlink|symlink|unlink|opendir|readdir|closedir|mkfifo=QFileInfo, QDir, QFile"
    "flock|lockf|fcntl|ioctl=QLockFile"
    "mmap|munmap|mprotect=QFile::map"
    "pipe|dup|dup2|socketpair|isatty=QProcess or QLocalSocket"
    "sleep|usleep|nanosleep|alarm=QThread::sleep or a QTimer"
    "kill|sigaction|sigprocmask|signalfd=QProcess or QCoreApplication::aboutToQuit"
    "setenv|unsetenv=qputenv/qunsetenv"
    "sysconf|pathconf=QThread::idealThreadCount, QStorageInfo"
    "strcasecmp|strncasecmp=QString::compare with Qt::CaseInsensitive"
    "localtime_r|gmtime_r|strerror_r|gettimeofday|clock_gettime=QDateTime, QElapsedTimer"
    "dlopen|dlsym|dlclose=QLibrary"
    "syslog|openlog=qWarning and the Qt message handler"
    "pthread_[a-z_]+|sem_[a-z_]+=QThread, QMutex, QSemaphore")
# Low-level I/O is only flagged when called at global scope (::open), since open() is also a member of QFile.
set(global_only "open|close|read|write|stat|lstat|access|mkdir|rmdir|rename")

# Paths that exist only on Unix, or only for one user; their portable sources.
set(path_regex "\"(/tmp|/home/|/var/|/etc/|/usr/|/opt/|/run/|~/|\\$HOME)|\"(HOME|TMPDIR|XDG_[A-Z_]+)\"|QDir::home(Path)?\\(")
# On Windows AppDataLocation is the roaming profile, which a domain copies to its server at each logoff: no place
# for the local database. AppLocalDataLocation is %LOCALAPPDATA%, and the same folder as AppDataLocation on Linux.
set(roaming_regex "QStandardPaths::AppDataLocation([^A-Za-z0-9_]|$)")

set(function_names)
foreach(entry IN LISTS replacements)
    string(REGEX REPLACE "=.*" "" names "${entry}")
    list(APPEND function_names "${names}")
endforeach()
list(JOIN function_names "|" function_names)
# A free call: not a member (x.f(, x->f() nor qualified (Foo::f(), except the global ::f(.
set(call_regex "(^|[^A-Za-z0-9_.>:]|[^A-Za-z0-9_]::)(${function_names})[ \t]*\\(")
set(global_call_regex "(^|[^A-Za-z0-9_]|[^A-Za-z0-9_]::)::(${global_only})[ \t]*\\(")
set(candidate_regex "${include_regex}|(${function_names}|${global_only})[ \t]*\\(|${path_regex}|${roaming_regex}")

function(advice_for name out)
    foreach(entry IN LISTS replacements)
        string(REGEX REPLACE "=.*" "" names "${entry}")
        if(name MATCHES "^(${names})$")
            string(REGEX REPLACE "^[^=]*=" "" advice "${entry}")
            set(${out} "${advice}" PARENT_SCOPE)
            return()
        endif()
    endforeach()
    set(${out} "QFile, QDir or QFileInfo" PARENT_SCOPE)
endfunction()

set(findings)
set(file_count 0)
foreach(dir IN LISTS CHECKED_DIRS)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${dir}/*.cpp" "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.c")
    list(SORT found)
    foreach(path IN LISTS found)
        math(EXPR file_count "${file_count} + 1")
        file(READ "${path}" text)
        # Most files have no candidate at all; only those are read line by line.
        if(NOT text MATCHES "${candidate_regex}")
            continue()
        endif()
        file(RELATIVE_PATH shown "${SOURCE_DIR}" "${path}")
        # CMake lists split on ';' and stumble on brackets and backslashes: none of them matter here.
        string(REPLACE "\\\\" "__BS__" text "${text}")
        string(REPLACE "\\\"" "__QUOTE__" text "${text}")
        string(REPLACE "\\" "__BS__" text "${text}")
        string(REGEX REPLACE "[][;]" " " text "${text}")
        string(REPLACE "'\"'" "__QUOTE__" text "${text}")
        string(REPLACE "\n" ";" lines "${text}")
        set(number 0)
        set(in_comment FALSE)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            if(line MATCHES "portability-exempt:")
                continue()
            endif()
            # Comments are prose, not code: /* ... */ across lines, then // to the end of the line.
            set(code "")
            while(NOT line STREQUAL "")
                if(in_comment)
                    string(FIND "${line}" "*/" end)
                    if(end EQUAL -1)
                        set(line "")
                    else()
                        math(EXPR end "${end} + 2")
                        string(SUBSTRING "${line}" ${end} -1 line)
                        set(in_comment FALSE)
                    endif()
                else()
                    string(FIND "${line}" "/*" start)
                    if(start EQUAL -1)
                        string(APPEND code "${line}")
                        set(line "")
                    else()
                        string(SUBSTRING "${line}" 0 ${start} before)
                        string(APPEND code "${before} ")
                        math(EXPR start "${start} + 2")
                        string(SUBSTRING "${line}" ${start} -1 line)
                        set(in_comment TRUE)
                    endif()
                endif()
            endwhile()
            # Paths are looked for in the string literals, before the literals and line comments go.
            string(REGEX REPLACE "//.*" "" without_line_comment "${code}")
            if(without_line_comment MATCHES "${path_regex}")
                list(APPEND findings "${shown}:${number}: hard-coded path or home folder (${CMAKE_MATCH_0}): take the folder from QStandardPaths::writableLocation")
            endif()
            if(without_line_comment MATCHES "${roaming_regex}")
                list(APPEND findings "${shown}:${number}: QStandardPaths::AppDataLocation roams on Windows (the domain copies it at logoff): use AppLocalDataLocation, the same folder on Linux")
            endif()
            if(without_line_comment MATCHES "${include_regex}")
                list(APPEND findings "${shown}:${number}: POSIX-only header <${CMAKE_MATCH_1}>: use the Qt class that does the same (QFile, QDir, QProcess, QThread, QStandardPaths)")
            endif()
            string(REGEX REPLACE "\"[^\"]*\"" "\"\"" code "${without_line_comment}")
            if(code MATCHES "${call_regex}")
                advice_for("${CMAKE_MATCH_2}" advice)
                list(APPEND findings "${shown}:${number}: POSIX-only call ${CMAKE_MATCH_2}(): use ${advice}")
            endif()
            if(code MATCHES "${global_call_regex}")
                list(APPEND findings "${shown}:${number}: POSIX-only call ::${CMAKE_MATCH_2}(): use QFile, QDir or QFileInfo")
            endif()
        endforeach()
    endforeach()
endforeach()

if(findings)
    list(LENGTH findings count)
    list(JOIN findings "\n  " findings)
    message(FATAL_ERROR "${count} portability problem(s) in the client's code (it must build for Windows too; "
                        "server/ and tests/ are not checked):\n  ${findings}")
endif()
message(STATUS "Portability: ${file_count} files in ${CHECKED_DIRS} use no POSIX-only header, call or path")
