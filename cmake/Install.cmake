# What `cmake --install build --prefix P` lays out (the binary's and the FOP driver's own install
# rules are beside their targets, in tools/cli and tools/render):
#   P/bin/teipress
#   P/share/teipress/{schemas,xslt}/          the data an installed teipress finds beside its bin/
#   P/share/teipress/java/teipress-fop.jar     FOP's batch driver (when built)
#   P/share/man/man1/teipress*.1.gz            generated from the command table
#   P/share/man/man5/teipress-config.5.gz      generated from the configuration's table of keys
#   P/share/bash-completion/completions/teipress, P/share/zsh/.../_teipress
#   P/share/doc/teipress/                      README, copyright, changelog

# The data folders of the checkout that an installed teipress reads: schemas and stylesheets (with
# their assets, the FOP configuration and, when they exist, translations). A new data folder is
# added here, and to the list data_paths.h documents.
set(TEIPRESS_DATA_FOLDERS schemas xslt)
foreach(folder IN LISTS TEIPRESS_DATA_FOLDERS)
  # The READMEs are for those who work on the checkout; users read the man pages.
  install(DIRECTORY ${CMAKE_SOURCE_DIR}/${folder} DESTINATION ${CMAKE_INSTALL_DATADIR}/teipress
          PATTERN README.md EXCLUDE)
endforeach()

install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
