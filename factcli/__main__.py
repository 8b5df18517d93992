from factcli.entry import main

main()
