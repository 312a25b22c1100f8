# Fails when a file under CORE_DIR includes a Qt Widgets header, QtGui, or anything of ui/.
file(GLOB_RECURSE sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(forbidden
    "#include[ \t]*[<\"](QtWidgets|QtGui)/"
    "#include[ \t]*[<\"](QWidget|QDialog|QMessageBox|QMainWindow|QApplication|QAbstractButton)[>\"]"
    "#include[ \t]*[<\"](QGuiApplication|QPixmap|QIcon|QColor|QFont)[>\"]"
    "#include[ \t]*\"(\\.\\./)*ui/")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#include")
    foreach(line IN LISTS lines)
        foreach(pattern IN LISTS forbidden)
            if(line MATCHES "${pattern}")
                message(FATAL_ERROR "core must not depend on the window: ${source}: ${line}")
            endif()
        endforeach()
    endforeach()
endforeach()
