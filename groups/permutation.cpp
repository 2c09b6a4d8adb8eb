// placeholder: replaced by the groups layer
#include "groups/permutation.hpp"
