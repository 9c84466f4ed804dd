-- The services' user may create and migrate the frontera_* schemas, one per subgraph.
GRANT ALL PRIVILEGES ON `frontera\_%`.* TO 'frontera'@'%';
